module github.com/example/checkoutservice

go 1.22
