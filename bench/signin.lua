-- wrk script: a sign-in storm. Each wrk thread drives ONE connection (run with -c equal to -t) as
-- a queue of phones, one after the other: open /signin.xhtml (the form cookie and token), ask for
-- a code (the demo SMS gateway shows it on the page), sign in with it (303 to the code page). Every
-- phone has its own number (the seeded 170xxxxxxxx citizens, spread over the population), its own
-- cookies and its own address (X-Forwarded-For: the node must trust 127.0.0.1 as its balancer), so
-- the per-address and per-number limits stay at their defaults. A step that does not go as a
-- sign-in should (a refusal, an error page) counts as failed and the phone is dropped.
--   wrk -t32 -c32 -d30s -s bench/signin.lua http://127.0.0.1:PORT -- POPULATION [FIRST_PHONE [THREADS]]
-- Thread t's phones are FIRST + t, FIRST + t + THREADS, ...: no two threads share a number.
-- Ends with "sign-ins: N in S s = R/s; failed F" (sign-ins completed; wrk's own figures count the
-- three requests of each).
local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("id", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  population = tonumber(args[1] or "1000000")
  first = tonumber(args[2] or "0")
  stride = tonumber(args[3] or "1000")
  step, phone, signed, failed = 0, -1, 0, 0
  nonce, token, mobile, address, code = nil, nil, nil, nil, nil
  new_phone()
end

function new_phone()
  phone = phone < 0 and (first + id) or (phone + stride)
  mobile = string.format("170%08d", (phone * 7919) % population)
  address = string.format("10.%d.%d.%d", math.floor(phone / 65536) % 256,
    math.floor(phone / 256) % 256, phone % 256)
  nonce, token, code, step = nil, nil, nil, 0
end

local function post(form)
  return wrk.format("POST", "/signin.xhtml", {
    ["X-Forwarded-For"] = address,
    ["Accept-Language"] = "en",
    ["Cookie"] = "ocp-form=" .. nonce,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "signin=signin&ocp-form=" .. token .. "&next=&signin%3Amobile=" .. mobile .. form)
end

function request()
  if step == 0 then
    return wrk.format("GET", "/signin.xhtml",
      { ["X-Forwarded-For"] = address, ["Accept-Language"] = "en" })
  elseif step == 1 then
    return post("&signin%3Asend=x")
  end
  return post("&signin%3Acode=" .. code .. "&signin%3Asubmit=x")
end

local function give_up()
  failed = failed + 1
  new_phone()
end

function response(status, headers, body)
  if step == 0 then
    local cookie = headers["Set-Cookie"] or ""
    nonce = cookie:match("ocp%-form=([^;]+)")
    token = body:match('name="ocp%-form" value="([^"]+)"')
    if status ~= 200 or not nonce or not token then return give_up() end
    step = 1
  elseif step == 1 then
    code = body:match('id="demo%-code">(%d+)<')
    if status ~= 200 or not code then return give_up() end
    step = 2
  else
    if status ~= 303 then return give_up() end
    signed = signed + 1
    new_phone()
  end
end

function done(summary, latency, requests)
  local s, f = 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("signed")
    f = f + t:get("failed")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("sign-ins: %d in %.1f s = %.0f/s; failed %d; request p50 %.1f ms, p99 %.1f ms\n",
    s, seconds, s / seconds, f, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
