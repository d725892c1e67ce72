-- Each wrk thread walks the pool from its own offset plus START (the first script argument), in
-- steps of the thread count, so no credential is posted twice within or across runs that are
-- started at offsets further apart than the requests of one run.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local threads, counter = {}, 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end
function init(args)
  start = tonumber(args[1] or "0")
  step = 2
  i = start + id
end
invalid = 0
-- an answer of 200 that does not say valid would hide a broken verifier: count those too
function response(status, headers, body)
  if status == 200 and not body:find('"valid":true', 1, true) then
    invalid = invalid + 1
  end
end
function request()
  local body = pool[(i % #pool) + 1]
  i = i + step
  return wrk.format(nil, nil, nil, body)
end
function done(summary, latency, requests)
  local wrong = summary.errors.status
  for _, thread in ipairs(threads) do
    wrong = wrong + thread:get("invalid")
  end
  io.write(string.format("requests %d, non-2xx or not valid %d, %.0f/s\n", summary.requests, wrong, summary.requests / (summary.duration / 1e6)))
end
