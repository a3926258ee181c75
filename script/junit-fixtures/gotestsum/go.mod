module example.com/plm

go 1.19
