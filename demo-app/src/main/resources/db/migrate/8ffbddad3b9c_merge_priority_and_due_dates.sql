-- Merge priority and due dates
--
-- Revision ID: 8ffbddad3b9c
-- Revises: 57258cd76310, f24cc630c168
-- Create Date: 2026-11-22 01:38:14.424815
-- Branch Labels:
-- Depends On:

-- migrate:upgrade
-- Nothing to change: this revision joins the priority and due-date branches into one head.

-- migrate:downgrade
-- Nothing to change: downgrading it leaves both branches applied.
