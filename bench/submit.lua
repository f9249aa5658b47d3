-- wrk script of bench/run.sh: submits the request form with a 200 KB scan, as many times as wrk can.
--
--   wrk ... -s bench/submit.lua http://localhost:8080/kantor/buton/ajukan -- <sessions> <fields> <boundary> <threads>
--
-- <sessions>: one line per visitor who opened the form beforehand: the Cookie header the form's response
--             set, a tab, and the CSRF token of that form (the benchmark fetches them before the run).
-- <fields>:   the multipart body after the form key (the applicant's fields and the scan), ending with the
--             closing boundary; <boundary> is its boundary; <threads> is wrk's -t.
-- Each POST takes the next visitor (round robin over the threads) and a fresh form key, so that each one
-- registers a new request. A response other than the redirect to the receipt counts as failed.

threads = {}
local next_thread = 0

function setup(thread)
   thread:set("id", next_thread)
   next_thread = next_thread + 1
   table.insert(threads, thread)
end

local visitors = {}
local fields
local boundary
local index
local step

function init(args)
   for line in io.lines(args[1]) do
      local cookie, token = line:match("^(.-)\t(.+)$")
      if cookie then
         visitors[#visitors + 1] = { cookie = cookie, token = token }
      end
   end
   local file = assert(io.open(args[2], "rb"))
   fields = file:read("*a")
   file:close()
   boundary = args[3]
   index = id
   step = tonumber(args[4]) or 1
   math.randomseed(os.time() * 1000 + id)
   ok = 0
   failed = 0
end

local function part(name, value)
   return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

local function form_key()
   local r = math.random
   return string.format("%04x%04x-%04x-4%03x-%04x-%04x%04x%04x", r(0, 65535), r(0, 65535), r(0, 65535),
      r(0, 4095), r(32768, 49151), r(0, 65535), r(0, 65535), r(0, 65535))
end

function request()
   local visitor = visitors[(index % #visitors) + 1]
   index = index + step
   local body = part("_csrf", visitor.token) .. part("formKey", form_key()) .. fields
   return wrk.format("POST", nil, {
      ["Cookie"] = visitor.cookie,
      ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
      ["Accept"] = "text/html",
   }, body)
end

function response(status, headers, body)
   local location = headers["Location"] or headers["location"] or ""
   if (status == 302 or status == 303) and location:find("/tanda%-terima") then
      ok = ok + 1
   else
      failed = failed + 1
      if failed <= 3 then
         io.stderr:write("submission failed: HTTP " .. status .. " " .. location .. "\n")
      end
   end
end

function done(summary, latency, requests)
   local o, f = 0, 0
   for _, thread in ipairs(threads) do
      o = o + thread:get("ok")
      f = f + thread:get("failed")
   end
   io.write(string.format("Submissions: ok %d, failed %d\n", o, f))
end
