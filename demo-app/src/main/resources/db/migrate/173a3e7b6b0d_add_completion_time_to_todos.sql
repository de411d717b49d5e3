-- Add completion time to todos
--
-- Revision ID: 173a3e7b6b0d
-- Revises: 8ffbddad3b9c
-- Create Date: 2026-11-22 01:38:15.069558
-- Branch Labels:
-- Depends On:

-- migrate:upgrade
ALTER TABLE todos ADD COLUMN completed_at TIMESTAMP NULL;
-- todos done before this revision get the time of the upgrade
UPDATE todos SET completed_at = CURRENT_TIMESTAMP WHERE done = TRUE;

-- migrate:downgrade
ALTER TABLE todos DROP COLUMN completed_at;
