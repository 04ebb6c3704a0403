const grpc = require('@grpc/grpc-js');

function convert(call, callback) {
  callback(null, call.request);
}

module.exports = { convert };
