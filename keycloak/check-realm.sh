#!/usr/bin/env bash
# Checks a running demo Keycloak (keycloak/start.sh) end to end: the realm and its users were
# imported, tokens carry `roles`, `classes`, `schools` and the `safepost` audience, and the portal's client
# `safepost` completes a real authorization-code + PKCE sign-in. For a sign-in without a browser
# it creates the test-only client of keycloak/test-client.json and deletes it again afterwards.
#
# Needs curl, jq and openssl. Environment: KEYCLOAK_PORT (8180).
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
readonly SCRIPT_DIR
readonly BASE_URL="http://127.0.0.1:${KEYCLOAK_PORT:-8180}"
readonly REALM_URL="${BASE_URL}/realms/safepost"
readonly OIDC_URL="${REALM_URL}/protocol/openid-connect"
readonly ADMIN_URL="${BASE_URL}/admin/realms/safepost"
readonly PORTAL_REDIRECT="http://127.0.0.1:18080/login/oauth2/code/keycloak"

for tool in curl jq openssl; do
    command -v "${tool}" >/dev/null 2>&1 || {
        echo "check-realm.sh: ${tool} is needed" >&2
        exit 1
    }
done

work="$(mktemp -d)"
test_client_id=""
failures=0

cleanup() {
    if [[ -n "${test_client_id}" ]]; then
        curl -s -o /dev/null -X DELETE -H "Authorization: Bearer ${admin_token}" \
            "${ADMIN_URL}/clients/${test_client_id}" || true
    fi
    rm -rf "${work}"
}
trap cleanup EXIT

pass() { echo "  ok    $*"; }
fail() {
    echo "  FAIL  $*"
    failures=$((failures + 1))
}
# expect DESCRIPTION ACTUAL EXPECTED
expect() {
    if [[ "$2" == "$3" ]]; then pass "$1"; else fail "$1: got '$2', expected '$3'"; fi
}
# expect_match DESCRIPTION ACTUAL PATTERN (a shell glob)
expect_match() {
    # shellcheck disable=SC2053 # the pattern is meant to be a glob
    if [[ "$2" == $3 ]]; then pass "$1"; else fail "$1: got '$2', expected '$3'"; fi
}

# Prints the JSON payload of a JWT.
jwt_payload() {
    local part
    part="$(cut -d . -f 2 <<<"$1" | tr '_-' '/+')"
    while ((${#part} % 4)); do part="${part}="; done
    base64 -d <<<"${part}"
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

echo "Keycloak at ${BASE_URL}"
admin_token="$(curl -sf -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "${BASE_URL}/realms/master/protocol/openid-connect/token" | jq -r .access_token)"
admin=(-H "Authorization: Bearer ${admin_token}")

echo "Realm and users"
issuer="$(curl -sf "${REALM_URL}/.well-known/openid-configuration" | jq -r .issuer)"
expect "issuer" "${issuer}" "${REALM_URL}"
curl -sf "${admin[@]}" "${ADMIN_URL}/users?max=100&briefRepresentation=false" >"${work}/users.json"
expect "demo users" "$(jq -c '[.[].username] | sort' "${work}/users.json")" \
    '["computing","deputy","fr-governor","fr-head","fr-office","fr-teacher","governor","head","music","office","ta","teacher","teacher4","trust"]'
expect "teacher's classes attribute" \
    "$(jq -c '.[] | select(.username == "teacher") | .attributes.classes' "${work}/users.json")" '["Class 3"]'
expect "ta's classes attribute" \
    "$(jq -c '.[] | select(.username == "ta") | .attributes.classes' "${work}/users.json")" '["Class 3","Class 4"]'

echo "Test-only client (keycloak/test-client.json)"
existing="$(curl -sf "${admin[@]}" "${ADMIN_URL}/clients?clientId=safepost-tests" | jq -r '.[0].id // empty')"
if [[ -n "${existing}" ]]; then
    curl -sf -o /dev/null -X DELETE "${admin[@]}" "${ADMIN_URL}/clients/${existing}"
fi
location="$(curl -sf -D - -o /dev/null -X POST "${admin[@]}" -H 'Content-Type: application/json' \
    --data-binary "@${SCRIPT_DIR}/test-client.json" "${ADMIN_URL}/clients" |
    tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
test_client_id="${location##*/}"
expect_match "created safepost-tests" "${test_client_id}" '?*'

# password_token USERNAME: prints the token response of the test-only client.
password_token() {
    curl -s -d grant_type=password -d client_id=safepost-tests -d scope=openid \
        -d username="$1" -d password=demo "${OIDC_URL}/token"
}

check_claims() {
    local user="$1" roles="$2" classes="$3" response access id
    response="$(password_token "${user}")"
    access="$(jwt_payload "$(jq -r .access_token <<<"${response}")")"
    id="$(jwt_payload "$(jq -r .id_token <<<"${response}")")"
    expect "${user}: access token roles" "$(jq -c '.roles // [] | sort' <<<"${access}")" "${roles}"
    expect "${user}: access token classes" "$(jq -c '.classes' <<<"${access}")" "${classes}"
    expect "${user}: access token aud has safepost" \
        "$(jq -r '[.aud] | flatten | index("safepost") != null' <<<"${access}")" "true"
    expect "${user}: access token iss" "$(jq -r .iss <<<"${access}")" "${REALM_URL}"
    expect "${user}: id token roles" "$(jq -c '.roles // [] | sort' <<<"${id}")" "${roles}"
    expect "${user}: id token classes" "$(jq -c '.classes' <<<"${id}")" "${classes}"
}

echo "Claims (password grant through safepost-tests)"
# A wrong password first: the successful sign-in below resets brute-force detection's count.
expect "wrong password refused" "$(curl -s -d grant_type=password -d client_id=safepost-tests \
    -d username=governor -d password=wrong "${OIDC_URL}/token" | jq -r .error)" "invalid_grant"
check_claims teacher '["teacher"]' '["Class 3"]'
check_claims ta '["teaching-assistant"]' '["Class 3","Class 4"]'
check_claims computing '["computing-lead","teacher"]' '["Class 5"]'
check_claims head '["dpo","dsl","head-teacher","slt"]' 'null'
check_claims governor '["governor"]' 'null'
check_claims trust '["trust-dpo","trust-leader"]' 'null'
# The schools claim: the user attribute's JSON, as text (a mapper of type String).
schools_claim() {
    jwt_payload "$(password_token "$1" | jq -r .access_token)" | jq -c '.schools | fromjson'
}
expect "teacher: schools claim" "$(schools_claim teacher)" '{"990001":{"roles":["teacher"],"classes":["Class 3"]}}'
expect "music: schools claim" "$(schools_claim music)" \
    '{"990001":{"roles":["teaching-assistant"],"classes":["Class 2"]},"990002":{"roles":["teaching-assistant"],"classes":["Class 1"]}}'
expect "fr-teacher: schools claim" "$(schools_claim fr-teacher)" '{"990002":{"roles":["teacher"],"classes":["Class 2"]}}'
expect "trust: no schools claim" "$(jwt_payload "$(password_token trust | jq -r .access_token)" | jq -c '.schools')" 'null'
access_token="$(password_token teacher | jq -r .access_token)"
userinfo="$(curl -sf -H "Authorization: Bearer ${access_token}" "${OIDC_URL}/userinfo")"
expect "teacher: userinfo roles and classes" "$(jq -c '[.roles, .classes, .preferred_username, .name]' <<<"${userinfo}")" \
    '[["teacher"],["Class 3"],"teacher","Tom Hale"]'

echo "Portal client safepost"
expect "password grant refused" "$(curl -s -d grant_type=password -d client_id=safepost \
    -d client_secret=safepost-demo-secret -d username=teacher -d password=demo "${OIDC_URL}/token" |
    jq -r .error)" "unauthorized_client"
verifier="$(openssl rand 48 | b64url)"
challenge="$(printf '%s' "${verifier}" | openssl dgst -sha256 -binary | b64url)"
auth_query="client_id=safepost&response_type=code&scope=openid&state=s1&nonce=n1"
auth_query+="&redirect_uri=${PORTAL_REDIRECT}"
no_pkce="$(curl -s -o /dev/null -w '%{redirect_url}' "${OIDC_URL}/auth?${auth_query}")"
expect_match "sign-in without PKCE refused" "${no_pkce}" '*error=invalid_request*'
bad_redirect="$(curl -s -o /dev/null -w '%{http_code}' \
    "${OIDC_URL}/auth?${auth_query/18080/18081}&code_challenge=${challenge}&code_challenge_method=S256")"
expect "unknown redirect_uri refused" "${bad_redirect}" "400"
curl -s -c "${work}/cookies" -o "${work}/login.html" \
    "${OIDC_URL}/auth?${auth_query}&code_challenge=${challenge}&code_challenge_method=S256"
form_action="$(grep -o 'id="kc-form-login"[^>]*action="[^"]*"\|action="[^"]*"[^>]*id="kc-form-login"' \
    "${work}/login.html" | sed 's/.*action="\([^"]*\)".*/\1/; s/&amp;/\&/g' || true)"
expect_match "login form shown for safepost with ${PORTAL_REDIRECT}" "${form_action}" \
    "${REALM_URL}/login-actions/authenticate?*"
expect_match "login page shows Gray Learning Trust" "$(grep -c 'Gray Learning Trust' "${work}/login.html")" '[1-9]*'
callback="$(curl -s -b "${work}/cookies" -c "${work}/cookies" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode username=teacher --data-urlencode password=demo "${form_action}")"
code="$(sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"${callback}")"
expect_match "signed in, redirected to the portal with a code" "${callback}" "${PORTAL_REDIRECT}?*code=?*"
tokens="$(curl -s -u safepost:safepost-demo-secret -d grant_type=authorization_code -d code="${code}" \
    -d redirect_uri="${PORTAL_REDIRECT}" -d code_verifier="${verifier}" "${OIDC_URL}/token")"
access="$(jwt_payload "$(jq -r .access_token <<<"${tokens}")")"
id_token="$(jq -r .id_token <<<"${tokens}")"
id="$(jwt_payload "${id_token}")"
expect "code exchange: access token roles, classes" "$(jq -c '[.roles, .classes]' <<<"${access}")" \
    '[["teacher"],["Class 3"]]'
expect "code exchange: access token aud has safepost" \
    "$(jq -r '[.aud] | flatten | index("safepost") != null' <<<"${access}")" "true"
expect "code exchange: id token roles, classes, nonce" "$(jq -c '[.roles, .classes, .nonce]' <<<"${id}")" \
    '[["teacher"],["Class 3"],"n1"]'
logout="$(curl -s -b "${work}/cookies" -o /dev/null -w '%{http_code} %{redirect_url}' \
    "${OIDC_URL}/logout?id_token_hint=${id_token}&post_logout_redirect_uri=http://127.0.0.1:18080/")"
expect "logout returns to the portal" "${logout}" "302 http://127.0.0.1:18080/"
# Spring Security's {baseUrl} has no trailing slash; both forms are registered.
expect_match "logout to the bare origin accepted" "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' \
    "${OIDC_URL}/logout?client_id=safepost&post_logout_redirect_uri=http://127.0.0.1:18080")" \
    "302 http://127.0.0.1:18080*"
expect "logout to an unknown address refused" "$(curl -s -o /dev/null -w '%{http_code}' \
    "${OIDC_URL}/logout?client_id=safepost&post_logout_redirect_uri=http://127.0.0.1:18081/")" "400"

echo
if ((failures > 0)); then
    echo "${failures} check(s) failed."
    exit 1
fi
echo "All checks passed."
