"""Schemathesis hooks for `cargo xtask test`: real credentials from the seeded test data.

Without them every call would stop at 401 or 404. With them, half of the generated
cases for a `{id}` path use a real conversation and its token (or a real saved reply), so
the fuzzer reaches validation, storage and the Durable Objects, and the other half keep
the generated id.
"""

import hashlib
import os
import uuid

import requests
import schemathesis

BASE = os.environ["FRONTDESK_BASE_URL"]
CLINIC = "demo"
STAFF_EMAIL = "admin@demo.test"
STAFF_PASSWORD = "demo-password"
SIGN_OUT_EMAIL = "frontdesk@demo.test"

_cache = {}


def _post(path, body, headers=None):
    response = requests.post(BASE + path, json=body, headers=headers or {}, timeout=30)
    response.raise_for_status()
    return response.json()


def _address():
    """A made-up visitor address (local workerd passes CF-Connecting-IP through), so the
    fuzzer's own refused calls don't spend the budgets of these set-up calls."""
    address = uuid.uuid4().int
    return f"198.19.{address % 250 + 1}.{(address >> 8) % 250 + 1}"


def _sign_in(email=STAFF_EMAIL):
    body = {"email": email, "password": STAFF_PASSWORD}
    return _post("/v1/staff/sessions", body, {"CF-Connecting-IP": _address()})["token"]


def _conversation():
    """A new conversation with a first message (so it is in the inbox): (id, token)."""
    ip = _address()
    created = _post(
        f"/v1/clinics/{CLINIC}/conversations", {"language": "en"}, {"CF-Connecting-IP": ip}
    )
    conversation, token = created["conversation_id"], created["visitor_token"]
    _post(
        f"/v1/conversations/{conversation}/messages",
        {"client_msg_id": str(uuid.uuid4()), "text": "Schemathesis: can I book a check-up?"},
        {"Authorization": f"Bearer {token}", "CF-Connecting-IP": ip},
    )
    return conversation, token


def _template(staff):
    """A new saved reply of the demo clinic: its id."""
    shortcut = f"fuzz-{uuid.uuid4().hex[:12]}"
    body = {"shortcut": shortcut, "title": "Schemathesis", "body": "Call {{clinic.phone}}."}
    return _post("/v1/admin/templates", body, {"Authorization": f"Bearer {staff}"})["id"]


def _credentials():
    """One conversation and one staff session for the whole run."""
    if "conversation" not in _cache:
        conversation, token = _conversation()
        _cache.update(conversation=conversation, visitor=token, staff=_sign_in())
    return _cache


def _keeps_generated(value):
    """A stable coin flip on the generated value, so a fixed seed gives the same run."""
    return hashlib.sha256(repr(value).encode()).digest()[0] % 2 == 0


@schemathesis.auth(refresh_interval=None, retry_on=[])
class FrontdeskAuth:
    def get(self, case, ctx):
        credentials = dict(_credentials())
        if case.operation.method.upper() == "DELETE" and case.operation.path.startswith(
            "/v1/staff/sessions"
        ):
            # Signing out revokes the session (and signing out everywhere, all of the
            # account's): give it its own, of another account than the shared admin one.
            credentials["staff"] = _sign_in(SIGN_OUT_EMAIL)
        if case.operation.path.startswith("/v1/admin/conversations/"):
            # Erasing ends the conversation: give it one of its own.
            credentials["conversation"], credentials["visitor"] = _conversation()
        if case.operation.path.startswith("/v1/admin/templates/"):
            # Changing or deleting a template needs one: each case gets its own.
            credentials["template"] = _template(credentials["staff"])
        return credentials

    def set(self, case, data, ctx):
        path = case.operation.path
        params = case.path_parameters if case.path_parameters is not None else {}
        if "clinic" in params and not _keeps_generated(params["clinic"]):
            params["clinic"] = CLINIC
        if "id" in params and not _keeps_generated(params["id"]):
            params["id"] = data.get("template", data["conversation"])
        case.path_parameters = params
        body = case.body
        staff_id = body.get("staff_id") if isinstance(body, dict) else None
        # Only a well-formed id is swapped: an invalid one must stay invalid.
        if isinstance(staff_id, str) and len(staff_id) <= 64:
            if not _keeps_generated(staff_id):
                body["staff_id"] = "s_frontdesk"
        headers = dict(case.headers or {})
        if path.startswith("/v1/conversations/"):
            headers["Authorization"] = f"Bearer {data['visitor']}"
        elif path.startswith("/v1/staff/") or path.startswith("/v1/admin/"):
            headers["Authorization"] = f"Bearer {data['staff']}"
        case.headers = headers
