-- Add priority to todos
--
-- Revision ID: 1975ea83b712
-- Revises: 3512b954651e
-- Create Date: 2026-11-21 11:00:00.000000

-- migrate:upgrade
ALTER TABLE todos ADD COLUMN priority VARCHAR(20);

-- migrate:downgrade
ALTER TABLE todos DROP COLUMN priority;
