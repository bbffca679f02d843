"""End-to-end session with `indc lsp`, driven by an independent LSP client (pytest-lsp).

Run: INDC=.build/debug/indc python3 -m pytest Tests/LSP -q
The server is started as a subprocess and spoken to over stdin/stdout only.
"""
import asyncio
import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = pathlib.Path(__file__).resolve().parent / "project"
INDC = os.environ.get("INDC", str(pathlib.Path(__file__).resolve().parents[2] / ".build" / "debug" / "indc"))
GEBRUIK = (ROOT / "gebruik.ind").as_uri()
DATASETS = (ROOT / "datasets.ind").as_uri()

BROKEN = """indicator portaal {
  title "Gebruik patiëntportaal"
  source zorggebruikers
  group by jaar
  breakdown panel
  measure share(portaal_gebruik = "jaa")
}
"""


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[INDC, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=ROOT.as_uri())
    )
    yield
    await lsp_client.shutdown_session()


def open_document(client: LanguageClient, text: str, uri: str = GEBRUIK, version: int = 1):
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="ind", version=version, text=text)
        )
    )


def change_document(client: LanguageClient, text: str, version: int, uri: str = GEBRUIK):
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def diagnostics_of(client: LanguageClient, uri: str):
    """The diagnostics published for `uri` after the last open or change (which forget the earlier
    ones): the client records every publication, so one that arrives before this call is not missed."""
    for _ in range(2000):
        if uri in client.diagnostics:
            return client.diagnostics[uri]
        await asyncio.sleep(0.01)
    raise AssertionError(f"no diagnostics published for {uri} within 20 s")


@pytest.mark.asyncio
async def test_diagnose_then_fix(client: LanguageClient):
    open_document(client, BROKEN)
    diagnostics = await diagnostics_of(client, GEBRUIK)
    assert [d.code for d in diagnostics] == ["E0302"]
    assert diagnostics[0].range.start == types.Position(line=5, character=34)
    assert 'did you mean "ja"?' in diagnostics[0].message

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=GEBRUIK),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )
    assert len(actions) == 1
    edit = actions[0].edit.changes[GEBRUIK][0]
    assert edit.new_text == '"ja"'
    lines = BROKEN.split("\n")
    line = lines[edit.range.start.line]
    lines[edit.range.start.line] = line[: edit.range.start.character] + edit.new_text + line[edit.range.end.character :]
    change_document(client, "\n".join(lines), version=2)
    assert list(await diagnostics_of(client, GEBRUIK)) == []


@pytest.mark.asyncio
async def test_hover_shows_column_type_and_levels(client: LanguageClient):
    open_document(client, (ROOT / "gebruik.ind").read_text())
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=GEBRUIK), position=types.Position(line=5, character=20))
    )
    assert 'column portaal_gebruik: category("ja", "nee") missing("weet niet")' in hover.contents.value
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=GEBRUIK), position=types.Position(line=2, character=3))
    )
    assert "the dataset the indicator is computed from" in hover.contents.value


@pytest.mark.asyncio
async def test_completion(client: LanguageClient):
    text = 'indicator portaal {\n  source zorggebruikers\n  filter panel = "\n  \n}\n'
    open_document(client, text)
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=GEBRUIK), position=types.Position(line=2, character=18))
    )
    assert {item.label for item in result.items} >= {"algemene bevolking", "chronisch zieken"}
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=GEBRUIK), position=types.Position(line=3, character=2))
    )
    assert {"measure", "group by", "breakdown", "target"} <= {item.label for item in result.items}
    change_document(client, 'indicator portaal {\n  source zorggebruikers\n  measure share(\n}\n', version=2)
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=GEBRUIK), position=types.Position(line=2, character=16))
    )
    labels = {item.label for item in result.items}
    assert {"portaal_gebruik", "jaar", "panel", "mean", "share"} <= labels


@pytest.mark.asyncio
async def test_definition_and_references_across_files(client: LanguageClient):
    open_document(client, (ROOT / "gebruik.ind").read_text())
    location = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=GEBRUIK), position=types.Position(line=2, character=12))
    )
    assert location.uri == DATASETS
    assert location.range.start == types.Position(line=1, character=8)
    location = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=GEBRUIK), position=types.Position(line=3, character=12))
    )
    assert location.uri == DATASETS and location.range.start == types.Position(line=4, character=9)
    references = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=GEBRUIK),
            position=types.Position(line=5, character=20),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    assert sorted((r.uri, r.range.start.line) for r in references) == [(DATASETS, 7), (GEBRUIK, 5)]


@pytest.mark.asyncio
async def test_document_symbols(client: LanguageClient):
    open_document(client, (ROOT / "datasets.ind").read_text(), uri=DATASETS)
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=DATASETS))
    )
    assert [s.name for s in symbols] == ["zorggebruikers"]
    assert [c.name for c in symbols[0].children] == ["jaar", "panel", "gewicht", "portaal_gebruik"]


@pytest.mark.asyncio
async def test_formatting(client: LanguageClient):
    messy = 'indicator portaal { title "Gebruik patiëntportaal"  source zorggebruikers\n group by jaar breakdown panel\n measure share(portaal_gebruik="ja") }\n'
    open_document(client, messy)
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(
            text_document=types.TextDocumentIdentifier(uri=GEBRUIK),
            options=types.FormattingOptions(tab_size=2, insert_spaces=True),
        )
    )
    assert len(edits) == 1
    assert edits[0].new_text == (ROOT / "gebruik.ind").read_text()
