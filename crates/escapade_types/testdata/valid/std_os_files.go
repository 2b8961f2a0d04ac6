// Covers: os.MkdirTemp, os.WriteFile, os.ReadFile, os.Stat, os.Remove/RemoveAll, os.IsNotExist, os.Getenv/LookupEnv, os.Stdout.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "escapade-")
	if err != nil {
		fmt.Println("mkdir failed")
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(path, []byte("line1\nline2\n"), 0o644); err != nil {
		fmt.Println("write failed")
		return
	}
	data, err := os.ReadFile(path)
	fmt.Println(len(data), err)
	info, _ := os.Stat(path)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular())
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	os.Remove(path)
	_, err = os.ReadFile(path)
	fmt.Println(err != nil)
	_, set := os.LookupEnv("ESCAPADE_SURELY_UNSET_VAR")
	fmt.Println(set, os.Getenv("ESCAPADE_SURELY_UNSET_VAR") == "")
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Println(len(os.Args) >= 1)
}
