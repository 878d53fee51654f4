module example.com/app

go 1.19

require example.com/licensed v1.0.0

replace example.com/licensed => ../licensed
