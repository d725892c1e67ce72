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
function request()
  local body = pool[(i % #pool) + 1]
  i = i + step
  return wrk.format(nil, nil, nil, body)
end
function done(summary, latency, requests)
  local wrong = summary.errors.status
  io.write(string.format("requests %d, non-2xx %d, %.0f/s\n", summary.requests, wrong, summary.requests / (summary.duration / 1e6)))
end
