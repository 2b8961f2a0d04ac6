// Package p has nothing but a clause.
package p
