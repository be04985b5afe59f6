"""Python side of the Bootcamp trainer bridge: a client for `bootcamp serve`, reward functions for verl and TRL,
and a reference GRPO trainer (PyTorch, imported only from ``bootcamp_bridge.grpo``)."""

from .client import (BridgeClient, BridgeConnectionError, BridgeError, BridgeHTTPError, default_url, spec_json,
                     spec_of)

__all__ = ["BridgeClient", "BridgeConnectionError", "BridgeError", "BridgeHTTPError", "default_url", "spec_json",
           "spec_of"]
