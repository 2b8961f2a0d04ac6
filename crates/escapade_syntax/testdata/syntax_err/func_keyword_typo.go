package main

fun main() {}
