"""SQL access shared by the cs-integration record tables: add, fetch by public id, list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from server.storage.lookup import one_by
from server.storage.models.base import Base

Row = TypeVar("Row", bound=Base)


class SqlRecordStore(Generic[Row]):
    """Rows of one model addressed by a public id column, through one session."""

    def __init__(self, session: Session, model: type[Row], key: InstrumentedAttribute[Any]) -> None:
        self.session = session
        self.model = model
        self.key = key

    def add(self, row: Row) -> Row:
        """Store a new row."""
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, key: str, *, for_update: bool = False) -> Row | None:
        """The row with this public id."""
        return one_by(self.session, self.model, self.key.key, key, for_update=for_update)

    def where(self, *conditions: Any, order_by: Any = None) -> Sequence[Row]:
        """Rows matching every condition, in ``order_by`` order."""
        statement = select(self.model).where(*conditions)
        if order_by is not None:
            statement = statement.order_by(order_by)
        return self.session.scalars(statement).all()

    def page(
        self, *conditions: Any, order_by: Any, limit: int, offset: int
    ) -> tuple[Sequence[Row], int]:
        """One page of the rows matching every condition, and how many match in all."""
        statement = select(self.model).where(*conditions).order_by(order_by)
        rows = self.session.scalars(statement.limit(limit).offset(offset)).all()
        return rows, self.count(*conditions)

    def count(self, *conditions: Any) -> int:
        """How many rows match every condition."""
        statement = select(func.count()).select_from(self.model).where(*conditions)
        return int(self.session.scalar(statement) or 0)

    def delete(self, row: Row) -> None:
        """Remove a row."""
        self.session.delete(row)
        self.session.flush()
