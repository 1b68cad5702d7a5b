-- The found customers of the lookup sample file CustomerBulkLoad writes ("hit,<type>,<number>" lines), for the wrk
-- scripts beside this one, which load it with dofile: their lookup paths and their document numbers.
local sample = {}

function sample.hits(file)
  local lookups, numbers = {}, {}
  for line in io.lines(file) do
    local kind, document_type, number = line:match("^(%w+),([^,]+),(.+)$")
    if kind == "hit" then
      lookups[#lookups + 1] = "/api/customers/lookup?documentType=" .. document_type .. "&documentNumber=" .. number
      numbers[#numbers + 1] = number
    end
  end
  return lookups, numbers
end

return sample
