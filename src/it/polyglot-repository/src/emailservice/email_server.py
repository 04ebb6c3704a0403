import os


def send(to):
    return os.environ.get("SENDER"), to
