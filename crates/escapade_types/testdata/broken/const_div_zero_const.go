// Mistake: division by zero inside a constant declaration.
package main

import "fmt"

const perPage = 0
const pages = 100 / perPage

func main() {
	fmt.Println(pages)
}
