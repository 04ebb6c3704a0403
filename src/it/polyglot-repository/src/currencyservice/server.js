const rates = { EUR: 1.0 };
module.exports = rates;
