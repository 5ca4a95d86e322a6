"""Text built from pieces, each piece's offset known as it is added: the variants (books,
web pages) lay out a document and record where each marker and note lands as they go."""

from __future__ import annotations


class Pieces:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0

    def add(self, piece: str) -> int:
        """Append, and return where the piece starts."""
        start = self.length
        self.pieces.append(piece)
        self.length += len(piece)
        return start
