"""The Qt editor. Only this package imports Qt."""
