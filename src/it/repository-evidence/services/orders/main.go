package main

import "net/http"

func main() {

	http.HandleFunc("/orders", handle)
	_ = http.ListenAndServe(":8080", nil)
}
