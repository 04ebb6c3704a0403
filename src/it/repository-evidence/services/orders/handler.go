package main

import "net/http"

func handle(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}
