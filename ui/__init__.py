"""The web UI (Gradio), mounted on the API's FastAPI app: `mount_ui(create_app(assistant, settings))`."""
from ui.app import build_ui, mount_ui

__all__ = ["build_ui", "mount_ui"]
