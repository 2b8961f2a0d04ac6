// sieve of Eratosthenes with a []bool and counting primes below several limits.
package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	p := sieve(100000)
	fmt.Println(len(p), p[:10], p[len(p)-1], cap(p))
}
