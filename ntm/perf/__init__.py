"""Speed measurement: `manage.py bench` (dashboards and exports at province
scale) and `manage.py loadtest` (`make load`, the Thursday deadline rush).
Tooling that sits above the product apps and may import any of them."""
