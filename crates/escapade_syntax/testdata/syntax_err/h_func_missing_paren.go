package main

func f {
}
