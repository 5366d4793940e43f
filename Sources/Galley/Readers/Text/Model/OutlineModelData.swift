// Generated from Models/outline-model.json by scripts/embed-outline-model.py; do not edit by hand.

/// The outline model's weights (fitted by scripts/fit-outline.py), built into the binary.
enum OutlineModelData {
    /// The JSON text of `Models/outline-model.json`.
    static let json = #"""
{
  "heading": {"features": ["oldHeading"], "bias": -5.0, "trees": [{"feature": [0, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1], "value": [0, 0, 10]}]},
  "threshold": 0.5,
  "levels": {
    "up": {"features": ["oldUp"], "bias": 0, "trees": [{"feature": [0, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1], "value": [0, 0, 5]}]},
    "same": {"features": ["oldSame"], "bias": 0, "trees": [{"feature": [0, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1], "value": [0, 0, 5]}]},
    "down": {"features": ["oldDown"], "bias": 0, "trees": [{"feature": [0, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1], "value": [0, 0, 5]}]}
  },
  "depthCost": 0.01,
  "maxLevel": 6
}
"""#
}
