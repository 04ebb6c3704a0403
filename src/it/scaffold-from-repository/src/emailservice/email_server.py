import grpc


def send(to, order):
    print("sending confirmation to", to)


if __name__ == "__main__":
    send("someone@example.com", None)
