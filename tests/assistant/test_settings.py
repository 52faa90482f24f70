from pathlib import Path

from assistant.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _variable(name: str, field) -> str:
    aliases = getattr(field.validation_alias, "choices", None)
    return aliases[0] if aliases else f"TLVB_{name.upper()}"


def test_readme_configuration_table_lists_every_setting():
    missing = [_variable(name, field) for name, field in Settings.model_fields.items()
               if f"`{_variable(name, field)}`" not in README]
    assert not missing


def test_qdrant_url_is_read_from_the_standard_variable(monkeypatch):
    monkeypatch.setenv("QDRANT_URL", "http://qdrant.internal:6333")
    monkeypatch.setenv("TLVB_CHUNK_CHARS", "800")
    settings = Settings()
    assert settings.qdrant_url == "http://qdrant.internal:6333" and settings.chunk_chars == 800
