-- wrk script: POST /api/v1/me/check-ins as many signed-in citizens at many venues. Citizen i
-- checks in at venue (i + round) so every request is a new visit (a rescan within 5 minutes
-- would write nothing and flatter the figure).
local sessions, venues = {}, {}
local i, round = 0, 0
function init(args)
  for line in io.lines(args[1]) do sessions[#sessions + 1] = line end
  for line in io.lines(args[2]) do venues[#venues + 1] = line end
end
function request()
  i = i + 1
  if i > #sessions then i = 1; round = round + 1 end
  local venue = venues[((i + round * 7) % #venues) + 1]
  return wrk.format("POST", nil,
    { ["Cookie"] = sessions[i], ["Content-Type"] = "application/json" },
    '{"venue":"' .. venue .. '"}')
end
