-- wrk script: GET /api/customers/lookup of a different found customer each request, the hit lines of the sample
-- file CustomerBulkLoad writes (docs/benchmarks.md section 13, "the statement timeout on H2's connection").
-- usage: wrk -t 2 -c 4 -d 10s --latency -s benchmarks/lookup-varied.lua http://127.0.0.1:18282 -- <sample.csv> <access token>
local sample = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "wrk-sample.lua")
local paths = {}
local position = 0

function init(args)
  paths = sample.hits(args[1])
  position = math.random(#paths) -- each thread starts somewhere else in the sample
  wrk.headers["Authorization"] = "Bearer " .. args[2]
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end
