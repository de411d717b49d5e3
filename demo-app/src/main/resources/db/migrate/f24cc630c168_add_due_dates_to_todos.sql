-- Add due dates to todos
--
-- Revision ID: f24cc630c168
-- Revises: 3f722af35b3d
-- Create Date: 2026-11-22 01:38:13.834190
-- Branch Labels:
-- Depends On:

-- migrate:upgrade
ALTER TABLE todos ADD COLUMN due_date DATE;

-- migrate:downgrade
ALTER TABLE todos DROP COLUMN due_date;
