def test_send():
    pass
