-- wrk script for tests/website/test_load.py: each connection walks the given paths in turn
-- (`wrk ... http://host:port -- /path1 /path2 ...`), and every answer that is not a 2xx is
-- counted, so a redirect or a 304 is an error here too (wrk itself only counts >= 400).

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for _, path in ipairs(args) do
    table.insert(paths, path)
  end
  if #paths == 0 then
    paths = { "/en/" }
  end
  counter = 0
  bad = 0
  first_bad = ""
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    if first_bad == "" then
      first_bad = tostring(status)
    end
  end
end

function done(summary, latency, requests)
  local total, first = 0, ""
  for _, thread in ipairs(threads) do
    total = total + thread:get("bad")
    if first == "" then
      first = thread:get("first_bad")
    end
  end
  io.write(string.format("Not 2xx (lua): %d first: %s\n", total, first))
end
