// Covers: a grade book: map of slices, averages, letter grades, sorted report, struct literals.
package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name   string
	Scores []int
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0
	for _, sc := range s.Scores {
		sum += sc
	}
	return float64(sum) / float64(len(s.Scores))
}

func letter(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	book := map[string][]int{
		"zoe":  {95, 88, 92},
		"adam": {72, 65, 80},
		"mia":  {85, 91, 79},
		"eli":  {},
	}
	var students []Student
	for name, scores := range book {
		students = append(students, Student{name, scores})
	}
	sort.Slice(students, func(i, j int) bool { return students[i].Name < students[j].Name })
	for _, s := range students {
		avg := s.Average()
		fmt.Printf("%-5s %6.2f %s\n", s.Name, avg, letter(avg))
	}
}
