-- wrk script: LoadBenchmark's 64-connection mix from a C client (docs/benchmarks.md section 13, "the mix's first
-- minute"): of every 10 requests, 4 lookups of a different found customer (the hit lines of the sample file
-- CustomerBulkLoad writes), 3 list pages (the first page, name order, a surname, a document, a country, a deeper
-- page, in turn, each with other values as it comes round) and 3 GET /api/auth/me.
-- usage: wrk -t 2 -c 64 -d 60s --latency -s benchmarks/load-mixed.lua http://127.0.0.1:18282 -- <sample.csv> <access token>
local sample = dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "") .. "wrk-sample.lua")
local lookups, numbers = {}, {}
-- the surnames DemoCustomers gives (CustomerBulkLoad's customers), URL-encoded
local surnames = {"P%C3%A9rez", "Garc%C3%ADa", "Rodr%C3%ADguez", "L%C3%B3pez", "Mart%C3%ADnez", "S%C3%A1nchez",
  "Ram%C3%ADrez", "Torres", "Flores", "Rivera", "G%C3%B3mez", "D%C3%ADaz", "V%C3%A1squez", "Castillo", "Morales",
  "Ortiz", "Guti%C3%A9rrez", "Ch%C3%A1vez", "Ramos", "Herrera", "Mendoza", "Aguilar", "Zambrano", "Cede%C3%B1o", "Ospina"}
local n = 0

function init(args)
  lookups, numbers = sample.hits(args[1])
  n = math.random(10000) -- each thread starts somewhere else in the sequence
  wrk.headers["Authorization"] = "Bearer " .. args[2]
end

local function list(k)
  local kind, round = k % 6, math.floor(k / 6)
  if kind == 0 then return "/api/customers?size=20"
  elseif kind == 1 then return "/api/customers?size=20&sort=name,asc"
  elseif kind == 2 then return "/api/customers?size=20&name.contains=" .. surnames[round % #surnames + 1]
  elseif kind == 3 then return "/api/customers?size=20&documentNumber.equals=" .. numbers[round % #numbers + 1]
  elseif kind == 4 then return "/api/customers?size=20&country.equals=CO"
  else return "/api/customers?size=20&page=20&sort=createdAt,desc" end
end

function request()
  n = n + 1
  local slot = n % 10
  if slot < 4 then return wrk.format("GET", lookups[n % #lookups + 1])
  elseif slot < 7 then return wrk.format("GET", list(n))
  else return wrk.format("GET", "/api/auth/me") end
end
