// Covers: os.MkdirAll, os.Create, File.WriteString/Close, os.ReadDir, filepath.WalkDir, filepath.Rel/Ext/Base (relative paths only in output).
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	root, err := os.MkdirTemp("", "walk-")
	if err != nil {
		return
	}
	defer os.RemoveAll(root)
	for _, p := range []string{"a/x.txt", "a/b/y.go", "c.md"} {
		full := filepath.Join(root, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		f, err := os.Create(full)
		if err != nil {
			fmt.Println("create failed")
			return
		}
		f.WriteString("data for " + p)
		f.Close()
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if !d.IsDir() {
			fmt.Println(filepath.ToSlash(rel), filepath.Ext(path), filepath.Base(path))
		}
		return nil
	})
}
