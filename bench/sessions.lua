-- wrk script: each request carries the credential cookie of another signed-in citizen (round robin),
-- so the server shows many distinct people's codes, not one cached page.
local sessions = {}
local i = 0
function init(args)
  for line in io.lines(args[1]) do sessions[#sessions + 1] = line end
end
function request()
  i = i % #sessions + 1
  return wrk.format(nil, nil, { ["Cookie"] = sessions[i], ["Accept-Encoding"] = "gzip" })
end
