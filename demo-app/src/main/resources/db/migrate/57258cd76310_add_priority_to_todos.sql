-- Add priority to todos
--
-- Revision ID: 57258cd76310
-- Revises: 3f722af35b3d
-- Create Date: 2026-11-22 01:38:13.317430
-- Branch Labels:
-- Depends On:

-- migrate:upgrade
-- existing todos become NORMAL; the application writes LOW, NORMAL or HIGH
ALTER TABLE todos ADD COLUMN priority VARCHAR(10) DEFAULT 'NORMAL' NOT NULL;

-- migrate:downgrade
ALTER TABLE todos DROP COLUMN priority;
