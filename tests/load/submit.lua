-- wrk script: posts the complete registration (two family members) with a new
-- idempotency key for every request, so that every request is validated and stored.
--   wrk -t2 -c32 -d20s -s tests/load/submit.lua http://127.0.0.1:8080
local counter = 0
thread_id = 0
local threads = {}
local template = [=[{"formId": "lea-registration", "schemaVersion": "2020.1", "locale": "de", "idempotencyKey": "load-%d-%d", "submission": {"family_name": "Smith", "given_names": "Alice Mary", "birth_date": "1985-03-27", "birth_place": "Manchester", "birth_country": "GB", "nationality": "GB", "passport_number": "123456789", "passport_expiry": "2027-05-01", "street": "Friedrichstraße", "house_number": "219", "postcode": "10969", "district": "friedrichshain-kreuzberg", "email": "alice.smith@example.org", "email_repeat": "alice.smith@example.org", "arrival_date": "2015-09-01", "has_residence_document": "yes", "household_size": 3, "correspondence_language": "en", "consent": true, "address_extra": "Seitenflügel, 3. OG", "address_since": "2019-03", "phone": "+49 30 1234567", "residence_document_number": "Y12345678", "residence_document_expiry": "2024-01-31", "family_members": [{"member_family_name": "Smith", "member_given_names": "Tom", "member_birth_date": "2012-06-15", "member_relationship": "child"}, {"member_family_name": "Smith", "member_given_names": "Jane", "member_birth_date": "1984-11-02", "member_relationship": "spouse", "member_nationality": "IE"}], "other_languages": ["de", "fr"], "remarks": "Ich bin am 1.9.2015 eingereist.\r\nAppointment mornings please."}}]=]

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/api/forms/lea-registration/submissions",
    { ["Content-Type"] = "application/json" }, string.format(template, thread_id, counter))
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
