// Mistake: variable only assigned to, never read (still "declared and not used").
package main

func main() {
	count := 0
	for i := 0; i < 3; i++ {
		count = i
	}
}
