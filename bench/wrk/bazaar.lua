-- The shoppers bench/run.sh sends at Bazaar through wrk. Each wrk thread has one connection and plays
-- one shopper (thread n is customer n), so a shopper's requests follow each other as a person's would:
-- the storefront session cookie is kept and sent back, API calls carry the customer's access token
-- (signed in once, before the run), and a checkout follows the cart adds it places. Each shopper comes
-- from its own address, as shoppers do: X-Forwarded-For, which Bazaar believes from a proxy on this
-- machine, names one from the documentation ranges (198.51.100.0/24, 203.0.113.0/24; never contacted),
-- so the API's per-client rate limit (50 a second after a burst of 1,000, docs/configuration.md) counts
-- each shopper apart instead of all of them as 127.0.0.1.
--
--   wrk -t N -c N -d S --timeout 30s -s bench/wrk/bazaar.lua URL -- SCENARIO DATA_DIR OUT_FILE_PREFIX RUN_ID [RATE]
--
-- RATE is requests per second per shopper (bench/run.sh divides its --rate by the shoppers).
--
-- Scenarios: browse (home, category, search and product pages), product (product pages only), api
-- (catalog reads and search through /api/v1), checkout (1-3 cart adds from 1-2 shops, then a
-- manual-payment checkout with an Idempotency-Key), mix (80 % pages, 15 % cart adds, 5 % checkouts).
--
-- Every response is written to OUT_FILE_PREFIX-<thread>.tsv as: start (epoch µs), kind, status,
-- latency (µs); bench/report.py turns the lines of the measured window into the results table.
-- Without RATE each shopper sends the next request when the answer came (a closed system of N
-- shoppers; latency is from send to answer). With RATE each shopper keeps a fixed schedule and latency counts from the scheduled start, so a slow answer
-- also counts against the requests it held up (no coordinated omission; as wrk2 does it).

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *ts);
]]
local clock = ffi.new("bench_timespec")
local function now_us()
    ffi.C.clock_gettime(0, clock)
    return tonumber(clock.tv_sec) * 1000000 + math.floor(tonumber(clock.tv_nsec) / 1000)
end

local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end

local function lines(path)
    local list = {}
    for line in io.lines(path) do
        if line ~= "" then list[#list + 1] = line end
    end
    assert(#list > 0, path .. " is empty")
    return list
end

local function pick(list)
    return list[math.random(#list)]
end

local scenario, out, run_id, interval_us, address
local slugs, categories, words, product_ids, shop_a, shop_b, token
local cookie, jar, cart_lines, planned, orders = nil, {}, 0, {}, 0
local started, scheduled, kind, last_flush = 0, nil, nil, 0

function init(args)
    scenario = args[1]
    local data = args[2]
    run_id = args[4]
    local rate = tonumber(args[5] or "")
    if rate and rate > 0 then interval_us = 1000000 / rate end
    local id = wrk.thread:get("id")
    address = id <= 254 and "198.51.100." .. id or "203.0.113." .. (id - 254)
    math.randomseed(id * 7919 + tonumber(run_id))
    slugs = lines(data .. "/product-slugs.txt")
    categories = lines(data .. "/category-slugs.txt")
    words = lines(data .. "/search-words.txt")
    product_ids = lines(data .. "/product-ids.txt")
    if scenario == "checkout" or scenario == "mix" then
        shop_a = lines(data .. "/variants-shop-a.txt")
        shop_b = lines(data .. "/variants-shop-b.txt")
        local tokens = lines(data .. "/tokens.txt")
        token = tokens[(id - 1) % #tokens + 1]
    end
    out = assert(io.open(args[3] .. "-" .. id .. ".tsv", "w"))
    out:setvbuf("full", 65536)
end

local function get(what, path, headers)
    kind = what
    headers = headers or {}
    headers["X-Forwarded-For"] = address
    if cookie then headers["Cookie"] = cookie end
    return wrk.format("GET", path, headers)
end

local function api(what, method, path, body, extra)
    kind = what
    local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json", ["X-Forwarded-For"] = address }
    if body then headers["Content-Type"] = "application/json" end
    for name, value in pairs(extra or {}) do headers[name] = value end
    return wrk.format(method, path, headers, body)
end

local function page()
    local r = math.random(100)
    if r <= 10 then
        return get("page home", "/")
    elseif r <= 30 then
        return get("page category", "/c/" .. pick(categories))
    elseif r <= 50 then
        return get("page search", "/search?q=" .. pick(words))
    end
    return get("page product", "/p/" .. pick(slugs))
end

local function catalog_api()
    local r = math.random(100)
    local json = { ["Accept"] = "application/json" }
    if r <= 40 then
        return get("api search", "/api/v1/products?q=" .. pick(words), json)
    elseif r <= 70 then
        return get("api product", "/api/v1/products/" .. pick(product_ids), json)
    elseif r <= 80 then
        return get("api categories", "/api/v1/categories", json)
    end
    return get("api category", "/api/v1/products?category=" .. pick(categories), json)
end

local function add_to_cart(variant)
    return api("api cart add", "POST", "/api/v1/cart/items", '{"variantId":' .. variant .. ',"quantity":1}')
end

local checkout_body = '{"shippingAddress":{"recipient":"Erika Mustermann","line1":"Hauptstrasse 1",'
        .. '"city":"Hamburg","postalCode":"20095","country":"DE"},"paymentMethod":"MANUAL"}'

local function checkout()
    orders = orders + 1
    return api("api checkout", "POST", "/api/v1/checkout", checkout_body,
            { ["Idempotency-Key"] = "bench-" .. run_id .. "-" .. wrk.thread:get("id") .. "-" .. orders })
end

-- 1-3 lines, from one shop or (when there are two or more lines, half the time) from two
local function plan_cart()
    local count = math.random(3)
    local two_shops = count > 1 and math.random(2) == 2
    for i = 1, count do
        planned[i] = pick((two_shops and i % 2 == 0) and shop_b or shop_a)
    end
end

local function next_request()
    if scenario == "browse" then
        return page()
    elseif scenario == "product" then
        return get("page product", "/p/" .. pick(slugs))
    elseif scenario == "api" then
        return catalog_api()
    elseif scenario == "checkout" then
        if #planned == 0 and cart_lines == 0 then plan_cart() end
        if #planned > 0 then return add_to_cart(table.remove(planned)) end
        return checkout()
    elseif scenario == "mix" then
        local r = math.random(100)
        if r <= 80 then return page() end
        if r <= 95 or cart_lines == 0 then return add_to_cart(pick(math.random(2) == 1 and shop_a or shop_b)) end
        return checkout()
    end
    error("unknown scenario " .. tostring(scenario))
end

function request()
    if not out then
        -- wrk checks the script once in its main thread, where init() has not run
        return wrk.format("GET", "/")
    end
    local req = next_request()
    started = now_us()
    if not scheduled then scheduled = started end
    return req
end

function delay()
    -- wrk also asks before a connection's first request, which starts at once
    if not interval_us or not scheduled then return 0 end
    scheduled = scheduled + interval_us
    return math.max(0, math.floor((scheduled - now_us()) / 1000))
end

function response(status, headers, body)
    local finished = now_us()
    local from = interval_us and math.min(scheduled, started) or started
    out:write(string.format("%.0f\t%s\t%d\t%.0f\n", from, kind, status, finished - from))
    if finished - last_flush > 1000000 then
        out:flush()
        last_flush = finished
    end
    -- wrk keeps one header per name (the last Set-Cookie); Liberty sets the session cookie last
    local set_cookie = headers["Set-Cookie"]
    if set_cookie then
        local name, value = set_cookie:match("^%s*([^=]+)=([^;]*)")
        if name then
            jar[name] = value
            local pairs_sent = {}
            for n, v in pairs(jar) do pairs_sent[#pairs_sent + 1] = n .. "=" .. v end
            cookie = table.concat(pairs_sent, "; ")
        end
    end
    if kind == "api cart add" and status == 201 then
        cart_lines = cart_lines + 1
    elseif kind == "api checkout" then
        -- placing (201) empties the cart; after a refusal the checkout shopper fills it again (the mix's
        -- shopper goes on adding), so one refusal does not repeat for the rest of the run
        if status == 201 or scenario == "checkout" then cart_lines = 0 end
    end
end
