module orders

go 1.23
