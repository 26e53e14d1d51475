-- wrk script: POST a scanned code to the public verification endpoint, as a checkpoint does.
-- (bench/run.sh lifts the per-address limit for the run; in production it protects the node.)
function init(args)
  local f = io.open(args[1]); body = f:read("*a"); f:close()
end
function request()
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Accept-Encoding"] = "gzip" }, body)
end
