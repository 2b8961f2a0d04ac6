module escapade.dev/stdgen

go 1.24
