test('rates', () => {});
