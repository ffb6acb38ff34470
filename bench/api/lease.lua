-- wrk script for bench/api/run.sh: every request allocates a lease for a client never seen before
-- (POST /api/v1/leases with a distinct hwAddress); in mode "cycle" each allocated lease is released by the
-- next request of the same thread (POST /api/v1/leases/{ip}/release), so the pool never runs dry.
--   wrk ... -s lease.lua -- <token> <subnetId> <allocate|cycle> <run number>
-- Clients are 02:<run>:<thread>:nn:nn:nn, so give every run against one database its own run number.
-- The summary line "leases: <allocated> allocated, <released> released, <failed> failed" follows wrk's report.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

function init(args)
  token, subnet, mode, run = args[1], args[2], args[3] or "allocate", tonumber(args[4] or "0")
  next_client = 0
  pending = {}
  allocated, released, failed = 0, 0, 0
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

local function mac(n)
  return string.format("02:%02x:%02x:%02x:%02x:%02x", run % 256, index % 256,
    math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
end

function request()
  local release = table.remove(pending)
  if release then
    return wrk.format("POST", "/api/v1/leases/" .. release.ip .. "/release", headers,
      '{"hwAddress":"' .. release.hw .. '"}')
  end
  next_client = next_client + 1
  return wrk.format("POST", "/api/v1/leases", headers,
    '{"subnetId":' .. subnet .. ',"hwAddress":"' .. mac(next_client) .. '"}')
end

function response(status, headers, body)
  if status == 201 then
    allocated = allocated + 1
    if mode == "cycle" then
      local ip = body:match('"ipAddress"%s*:%s*"([%d%.]+)"')
      local hw = body:match('"hwAddress"%s*:%s*"([%x:]+)"')
      if ip and hw then table.insert(pending, { ip = ip, hw = hw }) end
    end
  elseif status == 200 and mode == "cycle" then
    released = released + 1
  else
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local a, r, f = 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("allocated"); r = r + t:get("released"); f = f + t:get("failed")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("leases: %d allocated, %d released, %d failed in %.1f s: %.1f allocated/s\n",
    a, r, f, seconds, a / seconds))
  io.write(string.format("latency ms: p50 %.2f p90 %.2f p99 %.2f max %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
